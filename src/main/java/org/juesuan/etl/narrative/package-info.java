/**
 * Reading a department's 编制说明 (the narrative of a 部门决算公开 package): text extraction from
 * .txt (UTF-8 or GB18030), .docx and .pdf with repair of what extraction breaks,
 * segmentation into parts, sections and sentences, and the turning of every figure the
 * text states into a {@link org.juesuan.etl.model.Claim} with its subject, type, value,
 * unit and quote. The phrases that name subjects and the cue words live in
 * {@code narrative/subjects.yml}. Claims are checked against the 附表 in
 * {@link org.juesuan.etl.narrative.check}.
 */
package org.juesuan.etl.narrative;
