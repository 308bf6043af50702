/* free: each thread gets its own element of a local array in main, never
   modified after the create. */
#include <pthread.h>
static void *t(void *a) { int i = *(int *)a; return (void *)(long)i; }
int main(void) {
    pthread_t th[3];
    int ids[3];
    for (int i = 0; i < 3; i++) {
        ids[i] = i;
        pthread_create(&th[i], 0, t, &ids[i]);
    }
    for (int j = 0; j < 3; j++) pthread_join(th[j], 0);
    return 0;
}
