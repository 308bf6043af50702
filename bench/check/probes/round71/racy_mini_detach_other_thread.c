/* TRUTH: racy — a helper thread detaches the worker through a global handle; if it does so before main's join, the join fails without waiting and main's x = 2 races with the worker's x = 1 */
#include <pthread.h>
static int x;
static pthread_t wt;
void *w(void *a){ x = 1; return 0; }
void *reaper(void *a){ pthread_detach(wt); return 0; }
int main(){ pthread_t r; pthread_create(&wt, 0, w, 0); pthread_create(&r, 0, reaper, 0); pthread_join(r, 0); pthread_join(wt, 0); x = 2; return 0; }
