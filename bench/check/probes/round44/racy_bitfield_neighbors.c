/* TRUTH: racy — two threads write different adjacent bit-fields, which form one memory location in C11 */
#include <pthread.h>
struct flags { unsigned ready : 1; unsigned error : 1; unsigned count : 6; };
static struct flags f;
static void *a(void *x) { (void)x; f.ready = 1; return NULL; }
static void *b(void *x) { (void)x; f.error = 1; return NULL; }
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, a, NULL);
    pthread_create(&t2, NULL, b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return f.ready + f.error;
}
