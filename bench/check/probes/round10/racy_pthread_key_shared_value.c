/* racy: both threads store the SAME global buffer as their thread-specific
   value and write through it. */
#include <pthread.h>
static pthread_key_t key;
static int gbuf[4];
static void *t(void *x) {
    pthread_setspecific(key, gbuf);
    int *mine = pthread_getspecific(key);
    mine[0] = (int)(long)x;
    return 0;
}
int main(void) {
    pthread_key_create(&key, 0);
    pthread_t p, q;
    pthread_create(&p, 0, t, (void *)1L);
    pthread_create(&q, 0, t, (void *)2L);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return gbuf[0];
}
