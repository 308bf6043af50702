/* TRUTH: racy — !pthread_create(...) is true when w started; that branch writes x before joining */
#include <pthread.h>
#include <stddef.h>
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
int main(void)
{
    if (!pthread_create(&t, NULL, w, NULL)) {
        x = 2;
        pthread_join(t, NULL);
    }
    return 0;
}
