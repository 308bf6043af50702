/* TRUTH: racy — one compound literal object, whose address is kept in p, is handed to both threads; both write it. */
#include <pthread.h>
void *w(void *a) { *(int *)a = 1; return 0; }
int main(void)
{
    pthread_t x, y;
    int *p = &(int){0};
    pthread_create(&x, 0, w, p);
    pthread_create(&y, 0, w, p);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return *p;
}
