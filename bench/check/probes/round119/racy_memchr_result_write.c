/* TRUTH: racy — the tokenizer writes '\0' through the pointer memchr() returned into cfg.line while the reloader reads cfg.line */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct cfg_line {
    int lineno;
    char line[32];
};

static struct cfg_line cfg = { 1, "port:8080" };

static void *tokenizer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        char *colon = memchr(cfg.line, ':', 8);
        if (colon)
            *colon = ':'; /* re-terminate the key in place (restores it at once) */
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    unsigned n = 0;
    pthread_create(&t, NULL, tokenizer, NULL);
    for (int i = 0; i < 60; i++) {
        n += (unsigned)cfg.line[4];
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("n=%u\n", n);
    return 0;
}
