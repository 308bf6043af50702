/* TRUTH: racy — cnt is a plain int; both instances' cnt++ (line 4) race. */
#include <pthread.h>
int cnt;
void *w(void *a) { for (int i = 0; i < 100; i++) cnt++; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0); pthread_join(a, 0); pthread_join(b, 0); return cnt; }
