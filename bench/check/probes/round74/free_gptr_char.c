/* TRUTH: free — cp points at the first byte of s (s.a's); the thread writes that byte, main
   writes only s.b. */
#include <pthread.h>
#include <stdio.h>
struct S { int a; int b; };
static struct S s;
static char *cp = (char *)&s;
static void *worker(void *p) { (void)p; *cp = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    s.b = 2;
    pthread_join(t, 0);
    printf("%d\n", s.b);
    return 0;
}
