/* TRUTH: racy — reader reads data BEFORE loading flag, so its read is not ordered after the writer's data = 99. */
#include <pthread.h>
#include <stdatomic.h>
static int data;
static atomic_int flag;
static int got;
static void *wr(void *arg) { (void)arg; data = 99; atomic_exchange(&flag, 1); return NULL; }
static void *rd(void *arg) { (void)arg; int d = data; if (atomic_load(&flag)) got = d; return NULL; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, NULL, wr, NULL); pthread_create(&q, NULL, rd, NULL);
    pthread_join(p, NULL); pthread_join(q, NULL);
    return got;
}
