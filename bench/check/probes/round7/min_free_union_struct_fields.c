/* TRUTH: free. u.s.a and u.s.b are distinct int members of the union's struct member: different memory locations. */
#include <pthread.h>
union U { struct { int a; int b; } s; long long raw; };
static union U u;
static void *t1(void *p) { (void)p; u.s.a = 1; return NULL; }
static void *t2(void *p) { (void)p; u.s.b = 2; return NULL; }
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
