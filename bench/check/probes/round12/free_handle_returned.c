// free: the handle is returned by a spawn helper and joined by main before reading.
#include <pthread.h>
static int res;
static void *w(void *a) { (void)a; res = 1; return NULL; }
static pthread_t spawn(void)
{
    pthread_t t;
    pthread_create(&t, NULL, w, NULL);
    return t;
}
int main(void)
{
    pthread_t h = spawn();
    pthread_join(h, NULL);
    return res;
}
