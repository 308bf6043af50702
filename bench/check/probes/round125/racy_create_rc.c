/* TRUTH: racy — rc == 0 means w started; the rc == 0 path writes x before joining (rc is stored, then tested) */
#include <pthread.h>
#include <stddef.h>
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
int main(void)
{
    int rc;
    rc = pthread_create(&t, NULL, w, NULL);
    if (rc)
        return 1;
    x = 2;
    pthread_join(t, NULL);
    return 0;
}
