/* racy: struct holder A and B each carry a mutex array; t1 locks A.m[i], t2 locks B.m[i]
   (through p = &A or &B), both write data[i]: two different mutexes. */
#include <pthread.h>
#define N 4
struct shard { pthread_mutex_t m[N]; };
static struct shard A, B;
static int data[N];
static void *worker(void *a) {
    struct shard *p = a ? &B : &A;
    for (int i = 0; i < N; i++) { pthread_mutex_lock(&p->m[i]); data[i]++; pthread_mutex_unlock(&p->m[i]); }
    return 0;
}
int main(void) {
    pthread_t a, b;
    for (int i = 0; i < N; i++) { pthread_mutex_init(&A.m[i], 0); pthread_mutex_init(&B.m[i], 0); }
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, (void *)1L);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return data[0];
}
