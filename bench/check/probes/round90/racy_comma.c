/* racy: in the comma expression 'seq' is incremented BEFORE the lock is taken, so two
   workers can increment it concurrently. */
#include <pthread.h>
static pthread_mutex_t seq_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long seq;

static unsigned long next_seq(void) {
    unsigned long v;
    (void)(v = ++seq, pthread_mutex_lock(&seq_lock), pthread_mutex_unlock(&seq_lock));
    return v;
}
static void *worker(void *arg) {
    unsigned long last = 0;
    (void)arg;
    for (int i = 0; i < 1000; i++) last = next_seq();
    return (void *)last;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    return (int)(seq & 0xff);
}
