/* TRUTH: racy — `absent` is an undefined weak symbol, so &absent is NULL at run time; open_dev() returns NULL after starting w and the !p branch writes x while w runs */
#include <pthread.h>
#include <stddef.h>
extern int absent __attribute__((weak));
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int *open_dev(void)
{
    pthread_create(&t, NULL, w, NULL);
    return &absent;
}
int main(void)
{
    int *p = open_dev();
    if (!p) {
        x = 2;
    }
    pthread_join(t, NULL);
    return 0;
}
