/* TRUTH: racy — t1's memset(&s, 0, sizeof s) writes every byte of s including s.b, which t2 writes concurrently. */
#include <pthread.h>
#include <string.h>
struct S { int a; int b; } s;
void *t1(void *p) { memset(&s, 0, sizeof s); return 0; }
void *t2(void *p) { s.b = 1; return 0; }
int main(void)
{
    pthread_t u, v;
    pthread_create(&u, 0, t1, 0);
    pthread_create(&v, 0, t2, 0);
    pthread_join(u, 0);
    pthread_join(v, 0);
    return s.b;
}
