/* TRUTH: racy. only workers whose arg says so wait at the gate; the non-waiting worker reads level while main writes it. */
#include <pthread.h>
#include <stdio.h>
struct warg { int waits; int result; };
static pthread_mutex_t gate = PTHREAD_MUTEX_INITIALIZER;
static int level;

static void *worker(void *p)
{
    struct warg *a = p;
    if (a->waits) {
        pthread_mutex_lock(&gate);
        pthread_mutex_unlock(&gate);
    }
    a->result = level + 1;
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    struct warg w1 = { 1, 0 }, w2 = { 0, 0 };
    pthread_mutex_lock(&gate);
    pthread_create(&t1, NULL, worker, &w1);
    pthread_create(&t2, NULL, worker, &w2);
    level = 9;
    pthread_mutex_unlock(&gate);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d %d\n", w1.result, w2.result);
    return 0;
}
