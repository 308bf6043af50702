/* free: classic bounded buffer with one mutex and two condvars; all buffer
   state accessed under the mutex. */
#include <pthread.h>
#define SZ 4
static int buf[SZ];
static int head, tail, count;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;
static void put(int v) {
    pthread_mutex_lock(&m);
    while (count == SZ) pthread_cond_wait(&not_full, &m);
    buf[tail] = v; tail = (tail + 1) % SZ; count++;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&m);
}
static int get(void) {
    pthread_mutex_lock(&m);
    while (count == 0) pthread_cond_wait(&not_empty, &m);
    int v = buf[head]; head = (head + 1) % SZ; count--;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&m);
    return v;
}
static void *producer(void *x) { (void)x; for (int i = 0; i < 10; i++) put(i); return 0; }
static void *consumer(void *x) { (void)x; int s = 0; for (int i = 0; i < 10; i++) s += get(); return (void *)(long)s; }
int main(void) {
    pthread_t p, c;
    pthread_create(&p, 0, producer, 0);
    pthread_create(&c, 0, consumer, 0);
    pthread_join(p, 0);
    pthread_join(c, 0);
    return 0;
}
