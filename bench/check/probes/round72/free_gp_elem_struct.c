/* TRUTH: free — cp = &arr[1]; thread writes arr[1].level through cp, main writes arr[0].level */
#include <pthread.h>
struct cfg { int level; int name; };
static struct cfg arr[2];
static struct cfg *cp = &arr[1];
static void *w(void *a) { (void)a; cp->level = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    arr[0].level = 2;
    pthread_join(t, 0);
    return arr[0].level + arr[1].level;
}
