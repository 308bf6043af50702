/* TRUTH: free — each coordinator c creates and joins two leaves writing leaf_out[2c+k], then sums them into coord_out[c]; main joins coordinators */
#include <pthread.h>

int leaf_out[4];
int coord_out[2];

void *leaf(void *arg) {
  long slot = (long)arg;
  leaf_out[slot] = (int)slot + 1;
  return 0;
}

void *coordinator(void *arg) {
  long c = (long)arg;
  pthread_t l[2];
  for (long k = 0; k < 2; k++)
    pthread_create(&l[k], 0, leaf, (void *)(2 * c + k));
  for (int k = 0; k < 2; k++)
    pthread_join(l[k], 0);
  coord_out[c] = leaf_out[2 * c] + leaf_out[2 * c + 1];
  return 0;
}

int main(void) {
  pthread_t c[2];
  for (long i = 0; i < 2; i++)
    pthread_create(&c[i], 0, coordinator, (void *)i);
  for (int i = 0; i < 2; i++)
    pthread_join(c[i], 0);
  return coord_out[0] + coord_out[1] + leaf_out[3];
}
