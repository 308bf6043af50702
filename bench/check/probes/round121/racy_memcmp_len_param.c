/* TRUTH: racy — same_prefix() compares n = offsetof(struct rec, data) + 4 bytes, covering rec.data[1]; the filler thread writes live.data[1] concurrently */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct rec {
    int kind;
    int len;
    char data[24];
};

static struct rec live = { 1, 4, "abcd" };
static const struct rec ref = { 1, 4, "abcd" };
static volatile int matches;

static int same_prefix(const struct rec *a, const struct rec *b, size_t n)
{
    return memcmp(a, b, n) == 0;
}

static void *filler(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        live.data[1] = (char)('a' + i % 26);
        usleep(100);
    }
    return NULL;
}

static void *checker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        if (same_prefix(&ref, &live, offsetof(struct rec, data) + 4))
            matches = matches + 1;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, filler, NULL);
    pthread_create(&b, NULL, checker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", matches);
    return 0;
}
