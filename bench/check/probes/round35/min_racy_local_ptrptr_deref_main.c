/* TRUTH: racy — as racy_local_via_ptrptr, but main writes through p (`*p = 1`, i.e. x) instead of x by name, after the create; w writes **a (x). */
#include <pthread.h>
void *w(void *a) { **(int **)a = 2; return 0; }
int main(void)
{
    pthread_t t;
    int x = 0;
    int *p = &x;
    pthread_create(&t, 0, w, &p);
    *p = 1;
    pthread_join(t, 0);
    return x;
}
