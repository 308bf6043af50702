/* TRUTH: racy. main starts the indexer thread, then if validate() fails (nondeterministic input) it jumps to 'out', skipping pthread_join(indexer); at 'out' it reads index_stats.words and frees nothing else, so that read races with the indexer's 'index_stats.words++' which may still be running. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern int __VERIFIER_nondet_int(void);

struct index_stats {
    long words;
    long lines;
};

static struct index_stats index_stats;
static const char *corpus[] = { "the quick brown fox", "jumps over", "the lazy dog" };

static void *indexer(void *arg)
{
    (void)arg;
    for (unsigned i = 0; i < sizeof corpus / sizeof corpus[0]; i++) {
        const char *p = corpus[i];
        int in_word = 0;
        for (; *p; p++) {
            if (*p == ' ')
                in_word = 0;
            else if (!in_word) {
                in_word = 1;
                index_stats.words++;
            }
        }
        index_stats.lines++;
    }
    return NULL;
}

static int validate(int token)
{
    if (token < 0)
        return -1;
    if (token > 1000)
        return -2;
    return 0;
}

int main(void)
{
    pthread_t idx;
    int rc = 1;
    int token = __VERIFIER_nondet_int();

    if (pthread_create(&idx, NULL, indexer, NULL) != 0)
        return 2;
    if (validate(token) != 0) {
        fprintf(stderr, "bad token\n");
        goto out;
    }
    pthread_join(idx, NULL);
    rc = 0;
out:
    printf("words=%ld\n", index_stats.words);
    return rc;
}
