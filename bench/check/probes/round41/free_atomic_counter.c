/* TRUTH: free — cnt is _Atomic; both threads' cnt++ (line 5) are atomic RMWs; main reads after joins. */
#include <pthread.h>
#include <stdatomic.h>
_Atomic int cnt;
void *w(void *a) { for (int i = 0; i < 100; i++) cnt++; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0); pthread_join(a, 0); pthread_join(b, 0); return cnt; }
