// racy: both threads are created into one handle, only the second is joined; main reads res while the first may still write.
#include <pthread.h>
static int res[2];
static void *w(void *v) { int *p = v; *p = 1; return NULL; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, w, &res[0]);
    pthread_create(&t, NULL, w, &res[1]);
    pthread_join(t, NULL);
    return res[0] + res[1];
}
