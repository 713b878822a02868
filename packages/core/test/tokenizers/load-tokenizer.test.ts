import { describe, expect, it } from 'vitest';
import { byteTokenizer, loadTokenizer, saveTokenizerFiles, tokenizerFromFiles, TokenizerError } from '@stagecoach/core';
import { gpt2ExcerptJson } from './fixtures/gpt2-excerpt.js';
import { llama2StyleJson } from './fixtures/llama2-style.js';

describe('loadTokenizer (GPT-2 tokenizer.json excerpt)', () => {
  const gpt2 = loadTokenizer(gpt2ExcerptJson(), { model_max_length: 1024 });

  it('gives GPT-2 ids', () => {
    expect(gpt2.vocabSize).toBe(50257);
    expect(gpt2.encode(' the')).toEqual([262]);
    expect(gpt2.encode('ing')).toEqual([278]);
    expect(gpt2.encode(' water')).toEqual([266, 265, 263]); // Ġw at er (the excerpt lacks later merges)
    expect(gpt2.encode('Hello!\n')).toEqual([39, 68, 75, 75, 78, 0, 198]);
    expect(gpt2.encode(' ')).toEqual([220]);
    expect(gpt2.encode('the end<|endoftext|>')).toEqual([83, 258, 220, 268, 67, 50256]); // t he Ġ en d
    expect(gpt2.tokenToId('Ġthe')).toBe(262);
  });

  it('treats <|endoftext|> as EOS and BOS, adds nothing on encode, decodes exactly', () => {
    expect(gpt2.specialTokens).toEqual({ bos: 50256, eos: 50256 });
    const text = ' the water, isn\'t it?  "Quoted" text .\n';
    const ids = gpt2.encode(text);
    expect(gpt2.decode(ids)).toBe(text);
    expect(gpt2.decode([...ids, 50256])).toBe(`${text}<|endoftext|>`);
    expect(gpt2.decode([...ids, 50256], { skipSpecialTokens: true })).toBe(text);
    expect(gpt2.decode([])).toBe('');
    expect(gpt2.decode([262, 40000])).toBe(' the'); // an id the vocabulary lacks is skipped
    expect(() => gpt2.decode([1.5])).toThrow(/ids\[0\] = 1.5/);
  });

  it('resolves special tokens from tokenizer_config.json strings and AddedToken objects', () => {
    const json = gpt2ExcerptJson();
    (json['added_tokens'] as unknown[]).push(
      { id: 50257, content: '<|im_start|>', special: true },
      { id: 50258, content: '<|im_end|>', special: true },
    );
    const tok = loadTokenizer(json, {
      bos_token: { __type: 'AddedToken', content: '<|im_start|>', lstrip: false, normalized: false, rstrip: false, single_word: false },
      eos_token: '<|im_end|>',
      pad_token: '<|endoftext|>',
      unk_token: null,
    });
    expect(tok.specialTokens).toEqual({ bos: 50257, eos: 50258, pad: 50256 });
    expect(tok.vocabSize).toBe(50259);
  });

  it('follows add_bos_token and a TemplateProcessing post-processor (Llama style)', () => {
    const json = gpt2ExcerptJson();
    (json['added_tokens'] as unknown[]).push({ id: 50257, content: '<|begin_of_text|>', special: true });
    const byFlag = loadTokenizer(json, { bos_token: '<|begin_of_text|>', add_bos_token: true });
    expect(byFlag.encode(' the')).toEqual([50257, 262]);
    expect(byFlag.encode(' the', { addSpecialTokens: false })).toEqual([262]);
    const withTemplate = loadTokenizer({
      ...json,
      post_processor: {
        type: 'TemplateProcessing',
        single: [{ SpecialToken: { id: '<|begin_of_text|>', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }],
        pair: [],
        special_tokens: { '<|begin_of_text|>': { id: '<|begin_of_text|>', ids: [50257], tokens: ['<|begin_of_text|>'] } },
      },
    }, { bos_token: '<|begin_of_text|>', add_bos_token: true });
    expect(withTemplate.encode(' the')).toEqual([50257, 262]);
  });

  it('names the field in errors on bad input', () => {
    const noVocab = gpt2ExcerptJson();
    delete (noVocab['model'] as Record<string, unknown>)['vocab'];
    expect(() => loadTokenizer(noVocab)).toThrow(/model\.vocab must be an object/);
    expect(() => loadTokenizer({})).toThrow(/missing "model"/);
    const badMerge = gpt2ExcerptJson();
    (badMerge['model'] as { merges: string[] }).merges = ['Ġ t', 'q zz'];
    expect(() => loadTokenizer(badMerge)).toThrow(/model\.merges\[1\] uses "zz"/);
    const missingMerged = gpt2ExcerptJson();
    (missingMerged['model'] as { merges: string[] }).merges = ['Ġ t', 'q z'];
    expect(() => loadTokenizer(missingMerged)).toThrow(/model\.merges\[1\] makes "qz", which is not in model\.vocab/);
    const badAdded = gpt2ExcerptJson();
    badAdded['added_tokens'] = [{ content: '<x>' }];
    expect(() => loadTokenizer(badAdded)).toThrow(/added_tokens\[0\]/);
    expect(() => loadTokenizer(gpt2ExcerptJson(), { eos_token: '<|nope|>' })).toThrow(TokenizerError);
    expect(() => loadTokenizer(gpt2ExcerptJson(), { eos_token: '<|nope|>' })).toThrow(/eos_token "<\|nope\|>" is not a token/);
    expect(() => loadTokenizer(gpt2ExcerptJson(), { bos_token: 42 })).toThrow(/bos_token must be a string/);
  });
});

describe('loadTokenizer (Llama 2 style SentencePiece BPE with byte fallback)', () => {
  const config = { bos_token: '<s>', eos_token: '</s>', unk_token: { content: '<unk>', __type: 'AddedToken' }, add_bos_token: true, add_eos_token: false };
  const llama = loadTokenizer(llama2StyleJson(), config);

  it('encodes with ▁ pieces, BOS and byte fallback', () => {
    expect(llama.specialTokens).toEqual({ bos: 1, eos: 2, unk: 0 });
    expect(llama.encode('hello world')).toEqual([1, 271, 276]); // <s> ▁hello ▁world
    expect(llama.encode('hello\n', { addSpecialTokens: false })).toEqual([271, 13]); // \n = <0x0A>
    const rocket = Array.from(new TextEncoder().encode('🚀'), (b) => 3 + b);
    expect(llama.encode('hello 🚀', { addSpecialTokens: false })).toEqual([271, 259, ...rocket]);
  });

  it('decodes back, dropping the prefix space and BOS when asked', () => {
    for (const text of ['hello world', 'hello\n🚀 world', 'hol']) {
      expect(llama.decode(llama.encode(text), { skipSpecialTokens: true })).toBe(text);
    }
    expect(llama.decode([1, 271, 2])).toBe('<s> hello</s>');
  });
});

describe('tokenizer files', () => {
  it('save → load keeps ids, config and chat template', () => {
    const tok = byteTokenizer({ specialTokens: ['<|bos|>', '<|eos|>', '<|pad|>', '<|user|>'] });
    const files = saveTokenizerFiles(tok);
    expect(Object.keys(files).sort()).toEqual(['tokenizer.json', 'tokenizer_config.json']);
    const config = JSON.parse(files['tokenizer_config.json'] as string) as Record<string, unknown>;
    expect(config['eos_token']).toBe('<|eos|>');
    expect(config['tokenizer_class']).toBe('PreTrainedTokenizerFast');
    const bytes = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextEncoder().encode(v)]));
    const loaded = tokenizerFromFiles(bytes);
    const text = '<|user|>\nhi 🚀<|eos|>';
    expect(loaded.encode(text)).toEqual(tok.encode(text));
    expect(loaded.specialTokens).toEqual(tok.specialTokens);
    const chat = [{ role: 'user', content: 'hi' }];
    expect(loaded.applyChatTemplate(chat, { addGenerationPrompt: true })).toBe(tok.applyChatTemplate(chat, { addGenerationPrompt: true }));
  });

  it('reads chat_template.jinja and special_tokens_map.json', () => {
    const files = {
      'tokenizer.json': JSON.stringify(gpt2ExcerptJson()),
      'special_tokens_map.json': JSON.stringify({ eos_token: { content: '<|endoftext|>' } }),
      'chat_template.jinja': '{% for m in messages %}{{ m.content }}{{ eos_token }}{% endfor %}',
    };
    const tok = tokenizerFromFiles(files);
    expect(tok.specialTokens.eos).toBe(50256);
    expect(tok.applyChatTemplate([{ role: 'user', content: 'a' }])).toBe('a<|endoftext|>');
  });

  it('names the file when JSON is malformed or missing', () => {
    expect(() => tokenizerFromFiles({ 'tokenizer.json': '{"model": ' })).toThrow(/tokenizer\.json is not valid JSON/);
    expect(() => tokenizerFromFiles({ 'tokenizer.json': JSON.stringify(gpt2ExcerptJson()), 'tokenizer_config.json': '[1]' }))
      .toThrow(/tokenizer_config\.json must hold a JSON object/);
    expect(() => tokenizerFromFiles({ 'config.json': '{}' })).toThrow(/tokenizer\.json is missing \(got config\.json\)/);
  });
});
