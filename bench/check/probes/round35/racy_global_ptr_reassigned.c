/* TRUTH: racy — gp starts as &x but main sets gp = &y before the creates; t1's `*gp = 1` writes y, racing with t2's `y = 2`. */
#include <pthread.h>
int x, y;
int *gp = &x;
void *t1(void *p) { *gp = 1; return 0; }
void *t2(void *p) { y = 2; return 0; }
int main(void)
{
    pthread_t a, b;
    gp = &y;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return x + y;
}
