/* TRUTH: racy — main reads ul (n = SZ(ul) + ul) after create while writer writes ul = 5, unordered */
#include <pthread.h>
#define SZ(v) sizeof(v)
unsigned long ul;
unsigned long n;
void *writer(void *a) { (void)a; ul = 5; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, writer, 0);
    n = SZ(ul) + ul;
    pthread_join(th, 0);
    return (int)(n + ul);
}
