/* TRUTH: racy — the updater memcpy()s a new struct into `current` while the reader thread reads current.x and current.y with no lock; updater vs reader. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct point { double x, y; };
static struct point current = { 0.0, 0.0 };

static void *updater(void *arg)
{
    (void)arg;
    struct point next = { 1.5, -2.5 };
    memcpy(&current, &next, sizeof next);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    double d = current.x * current.x + current.y * current.y;
    printf("%f\n", d);
    return NULL;
}

int main(void)
{
    pthread_t u, r;
    pthread_create(&u, NULL, updater, NULL);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(u, NULL);
    pthread_join(r, NULL);
    return 0;
}
