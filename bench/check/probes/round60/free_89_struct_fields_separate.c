/* TRUTH: free — T1 only writes st.x and T2 only writes st.y (ordinary, non-bit-field members are separate memory locations); main reads after join. */
#include <pthread.h>
#include <stdio.h>
struct pair { int x; char pad; int y; };
static struct pair st;
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) st.x += i;
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) st.y -= i;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", st.x, st.y);
    return 0;
}
