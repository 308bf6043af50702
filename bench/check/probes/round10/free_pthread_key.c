/* free: each thread stores a malloc'd per-thread buffer in a pthread key and
   only touches its own buffer. */
#include <pthread.h>
#include <stdlib.h>
static pthread_key_t key;
static void *t(void *x) {
    int *buf = malloc(4 * sizeof(int));
    pthread_setspecific(key, buf);
    int *mine = pthread_getspecific(key);
    for (int i = 0; i < 4; i++) mine[i] = (int)(long)x + i;
    int r = mine[3];
    free(mine);
    return (void *)(long)r;
}
int main(void) {
    pthread_key_create(&key, 0);
    pthread_t p, q;
    pthread_create(&p, 0, t, (void *)1L);
    pthread_create(&q, 0, t, (void *)2L);
    pthread_join(p, 0);
    pthread_join(q, 0);
    pthread_key_delete(key);
    return 0;
}
