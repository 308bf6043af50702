/* free: the same pthread_t variable is reused, but each thread is joined in
   the same iteration before the next is created. */
#include <pthread.h>
static int sum;
static void *w(void *x) { sum += (int)(long)x; return 0; }
int main(void) {
    pthread_t t;
    for (long i = 1; i <= 3; i++) {
        pthread_create(&t, 0, w, (void *)i);
        pthread_join(t, 0);
    }
    return sum;
}
