/* racy: thread writes through a pointer-to-pointer that ultimately refers to
   global `target`; main writes `target` directly. */
#include <pthread.h>
static int target;
static int *p1 = &target;
static int **pp = &p1;
static void *t(void *x) { (void)x; **pp = 5; return 0; }
int main(void) {
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    target = 6;
    pthread_join(th, 0);
    return target;
}
