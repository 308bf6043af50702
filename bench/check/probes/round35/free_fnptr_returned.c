/* TRUTH: free — pick(0) returns wa (writes x) and pick(1) returns wb (writes y); one instance each. */
#include <pthread.h>
int x, y;
void *wa(void *a) { x = 1; return 0; }
void *wb(void *a) { y = 1; return 0; }
typedef void *(*entry)(void *);
entry pick(int k) { return k ? wb : wa; }
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, pick(0), 0);
    pthread_create(&t2, 0, pick(1), 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return x + y;
}
