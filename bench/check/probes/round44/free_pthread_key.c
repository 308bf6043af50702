/* TRUTH: free — per-thread buffers obtained through pthread_getspecific; the shared key is created before the threads */
#include <pthread.h>
#include <stdlib.h>
static pthread_key_t buf_key;
static char *thread_buf(void) {
    char *b = pthread_getspecific(buf_key);
    if (!b) {
        b = calloc(64, 1);
        pthread_setspecific(buf_key, b);
    }
    return b;
}
static void *worker(void *arg) {
    char *b = thread_buf();
    for (int i = 0; i < 63; i++) b[i] = (char)('a' + (i + (int)(long)arg) % 26);
    b = thread_buf();
    return (void *)(long)b[5];
}
int main(void) {
    pthread_key_create(&buf_key, free);
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    pthread_key_delete(buf_key);
    return 0;
}
