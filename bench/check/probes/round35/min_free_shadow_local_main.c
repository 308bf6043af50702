/* TRUTH: free — w writes the global x; main's `x = 2` writes main's own local x (its address taken into p, which is only used by main); different objects. */
#include <pthread.h>
int x;
void *w(void *p) { x = 1; return 0; }
int main(void)
{
    pthread_t t;
    int x = 0;
    int *p = &x;
    pthread_create(&t, 0, w, 0);
    x = 2;
    *p += 1;
    pthread_join(t, 0);
    return x;
}
