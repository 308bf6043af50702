/* TRUTH: free — cnt is _Atomic via typedef; ++ on it is an atomic RMW */
#include <pthread.h>
typedef _Atomic int aint;
struct st { aint cnt; } s;
void *f(void *a) { s.cnt++; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); s.cnt += 2; pthread_join(t, 0); return 0; }
