// free: thread A clears only the first field (sizeof s.a bytes from &s), thread B writes the second.
#include <pthread.h>
#include <string.h>
struct pair { int a; int b; };
static struct pair s;
static void *ta(void *x) { (void)x; memset(&s, 0, sizeof s.a); return NULL; }
static void *tb(void *x) { (void)x; s.b = 4; return NULL; }
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, ta, NULL);
    pthread_create(&q, NULL, tb, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return s.a + s.b;
}
