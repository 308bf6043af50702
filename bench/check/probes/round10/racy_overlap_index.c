/* racy: thread i writes a[i] and a[i+1]; threads 0 and 1 both write a[1]. */
#include <pthread.h>
static int a[3];
static int ids[2] = { 0, 1 };
static void *t(void *x) { int i = *(int *)x; a[i] = 1; a[i + 1] = 2; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, &ids[0]);
    pthread_create(&q, 0, t, &ids[1]);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return a[1];
}
