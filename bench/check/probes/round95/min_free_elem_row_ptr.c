/* free: both workers lock (*row)[0] with row = &mm[0]. */
#include <pthread.h>
static pthread_mutex_t mm[2][1] = { { PTHREAD_MUTEX_INITIALIZER }, { PTHREAD_MUTEX_INITIALIZER } };
static int data;
static void *worker(void *a) {
    pthread_mutex_t (*row)[1] = &mm[0]; (void)a;
    pthread_mutex_lock(&(*row)[0]);
    data++;
    pthread_mutex_unlock(&(*row)[0]);
    return 0;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, worker, (void *)0L);
    pthread_create(&b, 0, worker, (void *)1L);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return data;
}
