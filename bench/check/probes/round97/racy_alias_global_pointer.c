/* RACY: thread A writes `counter` through a global alias pointer, thread B writes
   `counter` directly; neither locks. */
#include <pthread.h>
#include <stdio.h>
static int counter;
static int *alias = &counter;
static void *via_alias(void *a) { (void)a; for (int i = 0; i < 100; i++) *alias += 1; return NULL; }
static void *direct(void *a) { (void)a; for (int i = 0; i < 100; i++) counter += 2; return NULL; }
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, via_alias, NULL);
    pthread_create(&t2, NULL, direct, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", counter);
    return 0;
}
