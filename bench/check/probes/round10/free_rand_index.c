/* free: the random index is reduced to a per-thread disjoint slot:
   thread i writes arr[2*i + rand()%2]; slots {0,1} and {2,3} never overlap. */
#include <pthread.h>
#include <stdlib.h>
static int arr[4];
static int idx[2];
static void *w(void *a) { int i = *(int *)a; arr[i] = 1; return 0; }
int main(void) {
    pthread_t t[2];
    idx[0] = 0 + rand() % 2; idx[1] = 2 + rand() % 2;
    for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, w, &idx[i]);
    for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
    return 0;
}
