/* TRUTH: racy — ret is -1 after probe() started w; `ret > 0ul` converts -1 to ULONG_MAX, true, so x = 2 runs while w writes x */
#include <pthread.h>
#include <stddef.h>
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    pthread_create(&t, NULL, w, NULL);
    return -1;
}
int main(void)
{
    int ret = probe();
    if (ret > 0ul) {
        x = 2;
        pthread_join(t, NULL);
    } else {
        pthread_join(t, NULL);
    }
    return 0;
}
