/* TRUTH: free — handle kept in a struct, joined before main writes */
#include <pthread.h>
int x;
void *f(void *a) { x = 1; return 0; }
struct w { pthread_t h; int id; };
int main(void){ struct w w; pthread_create(&w.h, 0, f, 0); pthread_join(w.h, 0); x = 2; return 0; }
