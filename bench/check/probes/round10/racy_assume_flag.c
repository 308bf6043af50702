/* racy: main spins on a plain (non-atomic) flag set by the thread; the flag
   itself is a racy plain read/write pair. */
#include <pthread.h>
static int flag;
static int data;
static void *producer(void *a) { (void)a; data = 42; flag = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, producer, 0);
    while (!flag) ;
    int v = data;
    pthread_join(t, 0);
    return v;
}
