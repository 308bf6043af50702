/* TRUTH: racy — T1 clears the whole struct with memset (writing st.y's bytes) while T2 assigns st.y plainly; unordered conflicting writes. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
struct rec { int x; int y; };
static struct rec st;
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) memset(&st, 0, sizeof st);
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) st.y = i;
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
