/* TRUTH: racy — the formats live in a 2-D char array (char fmts[][12]), both with %n, so snprintf writes g_keycol while the pager reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int g_keycol;

static const char layouts[][12] = { "%s=%n", "%s : %n" };

static void *renderer(void *arg)
{
    (void)arg;
    char line[64];
    for (int i = 0; i < 60; i++) {
        snprintf(line, sizeof line, layouts[i & 1], "retries", &g_keycol);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    long s = 0;
    pthread_create(&t, NULL, renderer, NULL);
    for (int i = 0; i < 60; i++) {
        s += g_keycol;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("s=%ld\n", s);
    return 0;
}
