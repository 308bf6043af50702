/* TRUTH: race-free. main joins the writer through a function pointer to pthread_join before writing x. */
#include <pthread.h>
int x;
void *w(void *a) { (void)a; x = 1; return 0; }
int (*waitfor)(pthread_t, void **) = pthread_join;
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); waitfor(t, 0); x = 2; return x; }
