/* TRUTH: free — SZ(ul) = sizeof(ul) does not evaluate ul (no access), so main's use does not conflict with writer's ul = 5; nothing else touches ul before join */
#include <pthread.h>
#define SZ(v) sizeof(v)
unsigned long ul;
unsigned long n;
void *writer(void *a) { (void)a; ul = 5; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, writer, 0);
    n = SZ(ul);
    pthread_join(th, 0);
    return (int)(n + ul);
}
