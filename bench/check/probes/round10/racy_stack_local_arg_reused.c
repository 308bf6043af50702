/* racy: classic bug: the address of the loop variable `i` (a stack local in
   main) is passed to each thread; main increments i while threads read it. */
#include <pthread.h>
static int out[3];
static void *t(void *a) { int i = *(int *)a; (void)i; return 0; }
int main(void) {
    pthread_t th[3];
    int i;
    for (i = 0; i < 3; i++)
        pthread_create(&th[i], 0, t, &i);
    for (int j = 0; j < 3; j++) pthread_join(th[j], 0);
    return out[0];
}
